package org.cqcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The districts of rules/districts.yaml, their other names, and how the zone table reads them. */
class DistrictTableTest {

  private final DistrictTable districts = RuleBase.loadBuiltIn().zones().districts();

  /** The 38 districts and counties of catalogue version 2, by their current names. */
  private static final List<String> CURRENT_NAMES = List.of(
      "万州区", "涪陵区", "渝中区", "大渡口区", "江北区", "沙坪坝区", "九龙坡区", "南岸区", "北碚区",
      "綦江区", "大足区", "渝北区", "巴南区", "黔江区", "长寿区", "江津区", "合川区", "永川区", "南川区",
      "璧山区", "铜梁区", "潼南区", "荣昌区", "开州区", "梁平区", "武隆区", "城口县", "丰都县", "垫江县",
      "忠县", "云阳县", "奉节县", "巫山县", "巫溪县", "石柱县", "秀山县", "酉阳县", "彭水县");

  @Test
  void theTableHoldsChongqingsThirtyEightDistrictsAndCounties() {
    assertThat(districts.districts()).extracting(DistrictTable.District::name)
        .containsExactlyElementsOf(CURRENT_NAMES);
  }

  @Test
  void everyOtherNameMapsToOneKnownDistrictAndNoNameIsTwoDistricts() {
    Set<String> seen = new HashSet<>(CURRENT_NAMES);
    for (DistrictTable.District d : districts.districts()) {
      for (String other : d.otherNames()) {
        assertThat(seen.add(other)).as("%s is the name of two districts", other).isTrue();
        assertThat(districts.read(other)).as(other)
            .isEqualTo(new DistrictTable.Known(d.name()));
        assertThat(CURRENT_NAMES).contains(districts.current(other));
      }
    }
  }

  @Test
  void theFormerAndFullNamesOfTheCatalogueAreRead() {
    assertThat(districts.current("开县")).isEqualTo("开州区");
    assertThat(districts.current("荣昌县")).isEqualTo("荣昌区");
    assertThat(districts.current("璧山县")).isEqualTo("璧山区");
    assertThat(districts.current("双桥区")).isEqualTo("大足区");
    assertThat(districts.current("万盛区")).isEqualTo("綦江区");
    assertThat(districts.current("江津市")).isEqualTo("江津区");
    assertThat(districts.current("石柱土家族自治县")).isEqualTo("石柱县");
    assertThat(districts.current("彭水苗族土家族自治县")).isEqualTo("彭水县");
    assertThat(districts.current("重庆市渝北区")).isEqualTo("渝北区");
  }

  @Test
  void everyDistrictTheZonesNameIsACurrentName() {
    for (ZoneTable.Zone zone : RuleBase.loadBuiltIn().zones().zones()) {
      assertThat(CURRENT_NAMES).as("districts of %s", zone.name()).containsAll(zone.districts());
      assertThat(CURRENT_NAMES).as("park districts of %s", zone.name())
          .containsAll(zone.parkDistricts());
    }
  }

  @Test
  void aMisspeltDistrictIsUnknownWithTheClosestAsSuggestion() {
    assertThat(districts.read("长寿县"))
        .isEqualTo(new DistrictTable.Unknown(Optional.of("长寿区")));
    assertThat(districts.read("开州县"))
        .isEqualTo(new DistrictTable.Unknown(Optional.of("开州区")));
    assertThat(districts.read("朝阳区")).isEqualTo(new DistrictTable.Unknown(Optional.empty()));
  }

  @Test
  void aFunctionalAreaWrittenAsADistrictIsRecognisedAsOne() {
    assertThat(districts.read("两江新区")).isEqualTo(new DistrictTable.FunctionalArea("两江新区"));
    assertThat(districts.read("万盛经济技术开发区"))
        .isEqualTo(new DistrictTable.FunctionalArea("万盛经济技术开发区"));
    assertThat(districts.read("重庆高新区")).isEqualTo(new DistrictTable.FunctionalArea("重庆高新区"));
  }
}
