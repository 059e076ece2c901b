package org.cqcheck.engine;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cqcheck.input.Problem;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;

/**
 * Compiles a rule pack from its directory through Drools' executable model, at run time, with
 * Drools' public API ({@code KieBuilder.buildAll(ExecutableModelProject.class)}, as Drools'
 * documentation builds one). A pack's rules get no window in force in the network: the recorder
 * alone decides which of them are in force.
 */
final class PackCompiler {

  private PackCompiler() {}

  /** See {@link RuleBase#compilePack}. */
  static RuleBase compile(Path directory, List<Edition> knownEditions) {
    Map<String, byte[]> files = new TreeMap<>();
    try (var list = Files.list(directory)) {
      for (Path f : list.sorted().toList()) {
        String name = f.getFileName().toString();
        if (name.endsWith(".drl") || name.equals("editions.yaml") || name.equals("zones.yaml")) {
          files.put(name, Files.readAllBytes(f));
        }
      }
    } catch (java.nio.file.NoSuchFileException e) {
      throw new RuleSetException(directory + ": cannot read the rule pack: no such directory", e);
    } catch (java.nio.file.NotDirectoryException e) {
      throw new RuleSetException(directory + ": cannot read the rule pack: not a directory", e);
    } catch (java.io.IOException e) {
      throw new RuleSetException(directory + ": cannot read the rule pack: " + e, e);
    }
    if (files.keySet().stream().noneMatch(n -> n.endsWith(".drl"))) {
      throw new RuleSetException(directory + ": the rule pack holds no .drl file");
    }
    List<Edition> editions = new ArrayList<>(knownEditions);
    if (files.containsKey("editions.yaml")) {
      editions.addAll(RuleData.editions(directory.resolve("editions.yaml").toString(),
          files.get("editions.yaml")));
    }
    ZoneTable zones = files.containsKey("zones.yaml")
        ? RuleData.zones(directory.resolve("zones.yaml").toString(), files.get("zones.yaml"),
            DistrictTable.none())
        : new ZoneTable(List.of());
    KieServices ks = KieServices.get();
    KieFileSystem kfs = ks.newKieFileSystem();
    RuleSources drl = new RuleSources();
    files.forEach((name, bytes) -> {
      if (name.endsWith(".drl")) {
        kfs.write("src/main/resources/" + name, new String(bytes, StandardCharsets.UTF_8));
        drl.add(directory.resolve(name).toString(), new String(bytes, StandardCharsets.UTF_8));
      }
    });
    KieBuilder builder;
    try {
      builder = ks.newKieBuilder(kfs)
          .buildAll(org.drools.model.codegen.ExecutableModelProject.class);
    } catch (RuntimeException e) {
      throw new RuleSetException(directory + ": the rule pack does not compile: " + e.getMessage(), e);
    }
    List<Problem> errors = builder.getResults()
        .getMessages(Message.Level.ERROR).stream()
        .map(m -> new Problem(directory.resolve(
                String.valueOf(m.getPath()).replaceFirst("^src/main/resources/", "")).toString(),
            Math.max(0, m.getLine()), m.getText().strip()))
        .distinct()
        .toList();
    // Drools follows a syntax error with "Parser returned a null Package" for the same file, at
    // no line: an echo of the error already named, kept only if it is all there is.
    List<Problem> named = errors.stream()
        .filter(p -> !(p.line() == 0 && p.message().startsWith("Parser returned a null Package")))
        .toList();
    if (!errors.isEmpty()) {
      throw new RuleSetException(named.isEmpty() ? errors : named, null);
    }
    KieBase kieBase = ks.newKieContainer(builder.getKieModule().getReleaseId()).getKieBase();
    List<Edition> own = List.copyOf(editions.subList(knownEditions.size(), editions.size()));
    RuleCatalogue catalogue = RuleCatalogue.of(
        kieBase.getKiePackages().stream().flatMap(p -> p.getRules().stream()).toList(),
        editions, own, drl);
    return new RuleBase(catalogue, RuleEvaluator.of(kieBase, false), zones, Fingerprint.of(files),
        drl);
  }
}
