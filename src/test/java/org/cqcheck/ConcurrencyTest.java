package org.cqcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cqcheck.report.Language;
import org.cqcheck.report.RenderOptions;
import org.cqcheck.report.Report;
import org.cqcheck.report.ReportFormat;
import org.junit.jupiter.api.Test;

/** One checker shared by threads gives what sequential use gives, byte for byte. */
class ConcurrencyTest {

  @Test
  void oneCheckerUsedFromEightThreadsAtOnceMatchesSequentialUse() throws Exception {
    Checker checker = TestCheckers.shared();
    String sequential = json(checker.check(Path.of("examples")));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> runs = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        Callable<String> run = () -> json(checker.check(Path.of("examples")));
        runs.add(pool.submit(run));
      }
      for (Future<String> run : runs) {
        assertThat(run.get()).isEqualTo(sequential);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void identicalInputGivesByteIdenticalReportsInEveryFormat() throws Exception {
    for (ReportFormat format : ReportFormat.values()) {
      String first = render(Checker.withDefaultRules().check(Path.of("examples")), format);
      String second = render(TestCheckers.shared().check(Path.of("examples")), format);
      assertThat(second).as(format.formatName()).isEqualTo(first);
    }
  }

  private static String json(Report report) throws Exception {
    return render(report, ReportFormat.JSON);
  }

  private static String render(Report report, ReportFormat format) throws Exception {
    StringWriter out = new StringWriter();
    format.renderer().render(report, RenderOptions.plain(Language.ZH), out);
    return out.toString();
  }
}
