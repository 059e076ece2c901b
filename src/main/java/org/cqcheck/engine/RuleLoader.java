package org.cqcheck.engine;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.cqcheck.internal.Lazily;
import org.cqcheck.model.IndicatorReport;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.conf.SequentialOption;
import org.slf4j.LoggerFactory;

/**
 * Loads the built-in rules: the executable model generated at build time, and beside it the rule
 * data (editions, zones, districts) and the DRL text, read on a second thread while Drools builds
 * the KieBase on this one: both are on the path of a one-file check, and a machine has two cores
 * or more.
 */
final class RuleLoader {

  /** Where the DRL sources and rule data travel in the jar, beside the compiled model. */
  static final String RULES_RESOURCE_DIR = "cqcheck/rules/";
  /** The index of the executable model that kie-maven-plugin writes (group and artifact id). */
  static final String TARGETS_PACKAGE = "org.cqcheck.rules.aggregate";
  static final String MODEL_INDEX = "META-INF/kie/org.cqcheck/cqcheck/drools-model";

  /**
   * The aggregate targets' model, instantiated only when a report or a listing first asks for it
   * (making their 156 rules would cost a proposal's cold start about 50 ms); once per class loader,
   * as the model classes are, and apart from the rest of the rule base, so that it can be made
   * before that is loaded.
   */
  private static final Lazily<List<org.drools.model.Model>> TARGET_MODELS = Lazily.of(() -> {
    ClassLoader loader = RuleLoader.class.getClassLoader();
    return instantiated(loader, modelClasses(loader).stream()
        .filter(name -> name.startsWith(TARGETS_PACKAGE + ".")).toList());
  });
  /**
   * The aggregate targets grouped by edition, each group's KieBase built when a report first needs
   * it: a report of 2015 needs CQ2012's 67 targets, one of 2025 CQ2021's 14.
   */
  private static final Lazily<List<TargetGroup>> TARGET_GROUPS =
      Lazily.of(() -> groupsByEdition(TARGET_MODELS.get()));

  private RuleLoader() {}

  /** See {@link RuleBase#buildBuiltInTargets}. */
  static void buildBuiltInTargets(IndicatorReport report) {
    for (TargetGroup group : TARGET_GROUPS.get()) {
      if (report == null || group.mayApplyTo(report)) {
        group.base().get();
      }
    }
  }

  /** The built-in targets' groups: for tests. */
  static List<TargetGroup> builtInTargetGroups() {
    return TARGET_GROUPS.get();
  }

  /**
   * The targets of {@code models}, one group per model and edition, each with the horizons its
   * targets state. A target whose horizon cannot be read puts its group among those run for every
   * report, and the catalogue, reading the same metadata, reports the rule.
   */
  private static List<TargetGroup> groupsByEdition(List<org.drools.model.Model> models) {
    List<TargetGroup> groups = new ArrayList<>();
    for (org.drools.model.Model model : models) {
      Map<String, List<org.drools.model.Rule>> byEdition = new TreeMap<>();
      for (org.drools.model.Rule rule : model.getRules()) {
        byEdition.computeIfAbsent(RuleCatalogue.metadataOf(new ModelRule(rule)).get("edition")
            instanceof String edition ? edition : "", e -> new ArrayList<>()).add(rule);
      }
      byEdition.forEach((edition, rules) -> {
        List<Horizon> horizons = new ArrayList<>();
        for (org.drools.model.Rule rule : rules) {
          Map<String, Object> meta = RuleCatalogue.metadataOf(new ModelRule(rule));
          Horizon horizon;
          try {
            horizon = Horizon.ofMetadata(meta.get("horizon"), meta.get("span"), meta.get("region"));
          } catch (IllegalArgumentException e) {
            horizon = null;
          }
          if (horizon == null) {
            horizons = null;
            break;
          }
          horizons.add(horizon);
        }
        Lazily<TargetGroup.Base> base = Lazily.of(() -> TargetGroup.Base.of(
            kieBaseOf(List.of(new RulesOf(model, List.copyOf(rules))), false)));
        groups.add(new TargetGroup(edition, horizons == null ? null : List.copyOf(horizons),
            base));
      });
    }
    return List.copyOf(groups);
  }

  /** A model with only some of its rules: an edition's targets. */
  private record RulesOf(org.drools.model.Model model, List<org.drools.model.Rule> rules)
      implements org.drools.model.Model {
    @Override
    public String getName() {
      return model.getName();
    }

    @Override
    public String getPackageName() {
      return model.getPackageName();
    }

    @Override
    public List<org.drools.model.Global> getGlobals() {
      return model.getGlobals();
    }

    @Override
    public List<org.drools.model.Rule> getRules() {
      return rules;
    }

    @Override
    public List<org.drools.model.Query> getQueries() {
      return model.getQueries();
    }

    @Override
    public List<org.drools.model.TypeMetaData> getTypeMetaDatas() {
      return model.getTypeMetaDatas();
    }

    @Override
    public List<org.drools.model.EntryPoint> getEntryPoints() {
      return model.getEntryPoints();
    }
  }

  /**
   * The built-in rules.
   *
   * @throws RuleSetException when the rule base is missing, empty, or its metadata or data is
   *     incomplete, or when the Jackson on the class path cannot serve
   */
  static RuleBase loadBuiltIn() {
    // Whichever thread loads (the command line's background one, or a caller that got here
    // first): --debug must be in effect by now, and this line shows that it is.
    LoggerFactory.getLogger(RuleLoader.class).debug("loading the built-in rule base");
    ClassLoader loader = RuleLoader.class.getClassLoader();
    // Before any parser runs: a Jackson that cannot serve would fail inside one, on another thread.
    JacksonVersions.check();
    CompletableFuture<RuleData.BuiltIn> data = readAhead(loader, true);
    List<org.drools.model.Model> models = instantiated(loader, modelClasses(loader).stream()
        .filter(name -> !name.startsWith(TARGETS_PACKAGE + ".")).toList());
    RuleData.BuiltIn read = joined(data);
    // The catalogue from the model's metadata, so that the KieBase, which a check needs but a
    // reading of the input does not, is built after it (by the command line, on the start-up
    // thread, while the main one reads the input).
    List<org.kie.api.definition.rule.Rule> rules = new ArrayList<>();
    models.forEach(m -> m.getRules().forEach(r -> rules.add(new ModelRule(r))));
    // The targets' metadata from their model, which is all the catalogue reads, when first read.
    RuleCatalogue catalogue = RuleCatalogue.of(rules, read.editions(), read.editions(), read.drl())
        .withTargetsOf(RuleLoader::targetRules, read.drl());
    // The project rules in a sequential base of their own; the aggregate targets in another,
    // built when a report is first checked, so that a run over proposals does not build it:
    // Drools 10.1's sequential mode fails to build theirs (an NPE in
    // BuildtimeSegmentUtilities.updateSegmentEndNodes, many rules sharing one pattern), and a
    // report is checked once, so sequential mode would gain it nothing.
    return new RuleBase(catalogue,
        RuleEvaluator.ofBuiltIn(() -> kieBaseOf(models, true))
            .plusTargets(TARGET_GROUPS),
        read.zones(), read.fingerprint(), read.drl());
  }

  /** The rule data, read on a thread of its own while the caller instantiates a model. */
  private static CompletableFuture<RuleData.BuiltIn> readAhead(ClassLoader loader,
      boolean withZones) {
    CompletableFuture<RuleData.BuiltIn> data = new CompletableFuture<>();
    Thread reading = new Thread(() -> {
      try {
        data.complete(readBuiltInData(loader, withZones));
      } catch (RuntimeException | Error e) {
        data.completeExceptionally(e);
      }
    }, "cqcheck-read-rule-data");
    reading.setDaemon(true);
    reading.start();
    return data;
  }

  /** The rule data read ahead, or the reason it could not be read. */
  private static RuleData.BuiltIn joined(CompletableFuture<RuleData.BuiltIn> data) {
    try {
      return data.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      if (e.getCause() instanceof LinkageError cause) {
        // A library on the class path that does not match the one cqcheck was built with.
        throw new RuleSetException("cannot read the rule data: " + cause
            + " (Jackson on the class path: " + JacksonVersions.found() + ")", cause);
      }
      if (e.getCause() instanceof Error cause) {
        throw cause;
      }
      throw e;
    }
  }

  /**
   * The aggregate targets built in, without the project-level rules: their catalogue (the
   * editions, the targets, no rule), their groups' KieBases, no zone table. Neither the project
   * rules' model nor the zone data is read, which a check of indicator reports alone does not
   * need; the fingerprint is the whole built-in rule base's.
   *
   * @throws RuleSetException as {@link #loadBuiltIn} does
   */
  static RuleBase loadBuiltInTargets() {
    LoggerFactory.getLogger(RuleLoader.class).debug("loading the built-in aggregate targets");
    JacksonVersions.check();
    CompletableFuture<RuleData.BuiltIn> data = readAhead(RuleLoader.class.getClassLoader(), false);
    // The targets' model meanwhile: their catalogue reads its metadata.
    TARGET_MODELS.get();
    RuleData.BuiltIn read = joined(data);
    RuleCatalogue catalogue = RuleCatalogue.ofTargets(read.editions(), RuleLoader::targetRules,
        read.drl());
    return new RuleBase(catalogue, RuleEvaluator.ofTargets(TARGET_GROUPS), read.zones(),
        read.fingerprint(), read.drl());
  }

  /** The aggregate targets of their model, as the catalogue reads rules: name and metadata. */
  private static List<org.kie.api.definition.rule.Rule> targetRules() {
    List<org.kie.api.definition.rule.Rule> targets = new ArrayList<>();
    TARGET_MODELS.get().forEach(m -> m.getRules().forEach(r -> targets.add(new ModelRule(r))));
    return targets;
  }

  /**
   * The editions, the zone table (when {@code withZones}; else an empty one) and the DRL text
   * shipped in the jar, and their fingerprint, which covers the zone data either way.
   */
  private static RuleData.BuiltIn readBuiltInData(ClassLoader loader, boolean withZones) {
    byte[] editionsYaml = RuleData.read(loader, RULES_RESOURCE_DIR + "editions.yaml");
    byte[] zonesYaml = RuleData.read(loader, RULES_RESOURCE_DIR + "zones.yaml");
    byte[] districtsYaml = RuleData.read(loader, RULES_RESOURCE_DIR + "districts.yaml");
    List<Edition> editions = RuleData.editions("editions.yaml", editionsYaml);
    ZoneTable zones = withZones
        ? RuleData.zones("zones.yaml", zonesYaml,
            RuleData.districts("districts.yaml", districtsYaml))
        : new ZoneTable(List.of());

    Map<String, byte[]> sources = new TreeMap<>();
    sources.put("editions.yaml", editionsYaml);
    sources.put("zones.yaml", zonesYaml);
    sources.put("districts.yaml", districtsYaml);
    for (Edition edition : editions) {
      for (String file : edition.ruleFiles()) {
        sources.put(file, RuleData.read(loader, RULES_RESOURCE_DIR + file));
      }
    }
    RuleSources drl = new RuleSources();
    for (Edition edition : editions) {
      for (String file : edition.ruleFiles()) {
        drl.add(file, new String(sources.get(file), StandardCharsets.UTF_8));
      }
    }
    return new RuleData.BuiltIn(List.copyOf(editions), zones, drl, Fingerprint.of(sources));
  }

  /** A rule of the executable model, as the catalogue reads a compiled rule: name and metadata. */
  private record ModelRule(org.drools.model.Rule rule) implements org.kie.api.definition.rule.Rule {
    @Override
    public String getPackageName() {
      return rule.getPackage();
    }

    @Override
    public String getName() {
      return rule.getName();
    }

    @Override
    public Map<String, Object> getMetaData() {
      return rule.getMetaData();
    }

    @Override
    public int getLoadOrder() {
      return 0;
    }

    @Override
    public org.kie.api.definition.KieDefinition.KnowledgeType getKnowledgeType() {
      return org.kie.api.definition.KieDefinition.KnowledgeType.RULE;
    }

    @Override
    public String getNamespace() {
      return rule.getPackage();
    }

    @Override
    public String getId() {
      return rule.getName();
    }
  }

  /** The model classes the index names. */
  private static List<String> modelClasses(ClassLoader loader) {
    byte[] index = RuleData.read(loader, MODEL_INDEX);
    List<String> names = new ArrayList<>();
    for (String line : new String(index, StandardCharsets.UTF_8).split("\\R")) {
      String name = line.strip();
      if (!name.isEmpty() && !name.contains(":")) {
        names.add(name);
      }
    }
    if (names.isEmpty()) {
      throw new RuleSetException(MODEL_INDEX + " names no model class: the rules were not compiled");
    }
    return names;
  }

  private static List<org.drools.model.Model> instantiated(ClassLoader loader,
      List<String> names) {
    List<org.drools.model.Model> models = new ArrayList<>();
    for (String name : names) {
      try {
        models.add((org.drools.model.Model) loader.loadClass(name).getConstructor().newInstance());
      } catch (ReflectiveOperationException | ClassCastException e) {
        throw new RuleSetException("cannot load the rule model class " + name + ": " + e, e);
      }
    }
    return models;
  }

  /**
   * The KieBase of the executable model generated at build time, built directly from the model
   * classes that its index ({@value #MODEL_INDEX}) names. Not through a classpath KieContainer:
   * that looks the model up by the release id of a pom.properties, and inside another fat jar
   * (where several are merged) it finds the wrong one and falls back to compiling DRL, which fails.
   * Loading directly is also faster: nothing is scanned.
   */
  private static KieBase kieBaseOf(List<org.drools.model.Model> models, boolean sequential) {
    // Sequential: the rules only record findings and never change a fact, so each is matched
    // and fired once, in order, without the agenda's bookkeeping for changes.
    KieBaseConfiguration conf = KieServices.get().newKieBaseConfiguration();
    if (sequential) {
      conf.setOption(SequentialOption.YES);
    }
    return DroolsInternals.kieBaseOf(models, conf, RuleEvaluator.FINDINGS_GLOBAL);
  }
}
