package org.cqcheck.model;

/** Ownership of the applicant. */
public enum Ownership implements Coded {
  FOREIGN("foreign", "外资"),
  CENTRAL_SOE("central-soe", "央企"),
  LOCAL_SOE("local-soe", "地方国企"),
  PRIVATE("private", "民营"),
  OTHER("other", "其他");

  private final String code;
  private final String labelZh;

  Ownership(String code, String labelZh) {
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
