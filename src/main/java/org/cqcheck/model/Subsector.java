package org.cqcheck.model;

/**
 * The closed list of subsectors the project publishes. An unknown subsector is an input error,
 * because a typo ("cemnet") must not silently switch a mandatory rule off.
 */
public enum Subsector implements Coded {
  PHARMACEUTICAL("pharmaceutical", "医药"),
  MEDICAL_DEVICES("medical-devices", "医疗器械"),
  HOME_APPLIANCES("home-appliances", "家用电器"),
  CEMENT("cement", "水泥"),
  GLASS("glass", "平板玻璃"),
  COKING("coking", "焦化"),
  FERROALLOY("ferroalloy", "铁合金"),
  MINING("mining", "采矿"),
  COAL("coal", "煤炭开采"),
  /** Oil and natural gas extraction, shale gas included (catalogue version 2). */
  OIL_GAS_EXTRACTION("oil-gas-extraction", "石油天然气开采"),
  INLAND_SHIPPING("inland-shipping", "内河航运"),
  NATURAL_GAS_CHEMICAL("natural-gas-chemical", "天然气化工"),
  PETROCHEMICAL("petrochemical", "石油化工"),
  MOTORCYCLE("motorcycle", "摩托车"),
  STEEL("steel", "钢铁"),
  ALUMINIUM("aluminium", "铝"),
  TEXTILE("textile", "纺织"),
  FOOD("food", "食品"),
  PAPER("paper", "造纸"),
  VEHICLES("vehicles", "整车"),
  AUTO_PARTS("auto-parts", "汽车零部件"),
  COMPUTERS("computers", "电脑"),
  INTEGRATED_CIRCUITS("integrated-circuits", "集成电路"),
  ELECTRONIC_COMPONENTS("electronic-components", "电子元器件"),
  MACHINE_TOOLS("machine-tools", "机床"),
  RAIL_TRANSIT("rail-transit", "轨道交通装备"),
  POWER_GENERATION("power-generation", "电力");

  private final String code;
  private final String labelZh;

  Subsector(String code, String labelZh) {
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
