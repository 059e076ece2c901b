package org.cqcheck.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.drools.modelcompiler.KiePackagesBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.conf.SequentialOption;

/**
 * What the two rule bases of the jar cost to build, in a JVM of their own, one after the other on
 * one thread, as {@code engine/RuleLoader} builds them (the project rules' sequential base at
 * start-up; the aggregate targets' base then too until 546fdef, on the first report checked
 * since), through Drools' own builder without cqcheck's in-force windows: for each base, the time
 * to instantiate its generated model classes (which builds their rule lists) and the time to build
 * the KieBase, by the wall clock and by the thread's CPU time (which a loaded machine moves less;
 * the C1 compiler's threads are not in it). {@code targets-first} builds the targets' base first,
 * so that it pays the class loading the other one pays otherwise.
 *
 * <p>With the launcher's flags, and the build's class-data-sharing archive as a cold start has it
 * (the archive holds the jar's classes when the class path begins with the jar it was made with):
 *
 * <pre>
 * java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms64m \
 *   -XX:SharedArchiveFile=$PWD/target/cqcheck.jsa -Xlog:cds=off -Xlog:cds+dynamic=off \
 *   -cp $PWD/target/cqcheck.jar:bench/target/classes \
 *   org.cqcheck.bench.RuleBaseBuildTime [targets-first]
 * </pre>
 *
 * <p>Prints one line: {@code project (R rules): model M ms (CPU C), base B ms (CPU C); targets
 * ...}.
 */
public final class RuleBaseBuildTime {

  private static final String MODEL_INDEX = "META-INF/kie/org.cqcheck/cqcheck/drools-model";
  private static final String TARGETS_PACKAGE = "org.cqcheck.rules.aggregate";

  public static void main(String[] args) throws Exception {
    boolean targetsFirst = args.length > 0 && args[0].equals("targets-first");
    List<String> project = new ArrayList<>();
    List<String> targets = new ArrayList<>();
    for (String name : index()) {
      (name.startsWith(TARGETS_PACKAGE + ".") ? targets : project).add(name);
    }
    StringBuilder out = new StringBuilder();
    if (targetsFirst) {
      out.append(build("targets", targets, false)).append("; ")
          .append(build("project", project, true));
    } else {
      out.append(build("project", project, true)).append("; ")
          .append(build("targets", targets, false));
    }
    System.out.println(out);
  }

  private static String build(String label, List<String> classes, boolean sequential)
      throws ReflectiveOperationException {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long start = System.nanoTime();
    long startCpu = threads.getCurrentThreadCpuTime();
    List<Model> models = new ArrayList<>();
    for (String name : classes) {
      models.add((Model) Class.forName(name).getConstructor().newInstance());
    }
    long instantiated = System.nanoTime();
    long instantiatedCpu = threads.getCurrentThreadCpuTime();
    KieBaseConfiguration conf = KieServices.get().newKieBaseConfiguration();
    if (sequential) {
      conf.setOption(SequentialOption.YES);
    }
    KiePackagesBuilder packages = new KiePackagesBuilder(conf);
    models.forEach(packages::addModel);
    KieBase base = new KieBaseBuilder(conf).createKieBase(packages.build());
    long built = System.nanoTime();
    long builtCpu = threads.getCurrentThreadCpuTime();
    int rules = base.getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum();
    return String.format("%s (%d rules): model %.1f ms (CPU %.1f), base %.1f ms (CPU %.1f)", label,
        rules, (instantiated - start) / 1e6, (instantiatedCpu - startCpu) / 1e6,
        (built - instantiated) / 1e6, (builtCpu - instantiatedCpu) / 1e6);
  }

  private static List<String> index() throws IOException {
    try (InputStream in = RuleBaseBuildTime.class.getClassLoader()
        .getResourceAsStream(MODEL_INDEX)) {
      if (in == null) {
        throw new IllegalStateException(MODEL_INDEX + " is not on the class path");
      }
      List<String> names = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
        if (!line.isBlank() && !line.contains(":")) {
          names.add(line.strip());
        }
      }
      return names;
    }
  }
}
