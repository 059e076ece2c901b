package org.cqcheck.model;

/** The seven sectors of the proposal format, the "6+1" pillars of the 2012 opinions plus energy. */
public enum Sector implements Coded {
  ELECTRONICS("electronics", "电子信息"),
  AUTOMOTIVE("automotive", "汽车"),
  EQUIPMENT("equipment", "装备制造"),
  CHEMICAL("chemical", "综合化工"),
  MATERIALS("materials", "材料"),
  ENERGY("energy", "能源"),
  CONSUMER("consumer", "消费品");

  private final String code;
  private final String labelZh;

  Sector(String code, String labelZh) {
    this.code = code;
    this.labelZh = labelZh;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String labelZh() {
    return labelZh;
  }
}
