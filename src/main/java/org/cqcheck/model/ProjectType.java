package org.cqcheck.model;

/** The kind of project. Several targets apply only to enterprises that already produce. */
public enum ProjectType implements Coded {
  NEW("new", "新建"),
  EXPANSION("expansion", "扩建"),
  TECHNICAL_RENOVATION("technical-renovation", "技术改造"),
  RELOCATION("relocation", "搬迁");

  private final String code;
  private final String labelZh;

  ProjectType(String code, String labelZh) {
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
