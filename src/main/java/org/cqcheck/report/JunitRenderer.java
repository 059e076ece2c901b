package org.cqcheck.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.cqcheck.engine.Finding;
import org.cqcheck.engine.Status;
import org.cqcheck.input.InputError;
import org.cqcheck.internal.report.FindingText;
import org.cqcheck.internal.report.Messages;
import org.cqcheck.model.IndicatorReport;

/**
 * JUnit XML, as Jenkins and GitLab read it: one test suite per proposal, one test case per rule that
 * applies to it, named by proposal id and rule id (never by message, so that names are stable from
 * run to run). FAIL and mandatory MISSING_DATA are failures; WARN and advisory MISSING_DATA are
 * failures only with --fail-on warn, and otherwise go to system-out. An indicator report is a
 * suite too, with a test case per aggregate target that applies to it: a missed target is a
 * failure; an INCONCLUSIVE one a failure only with --fail-on inconclusive, else system-out; one
 * without a figure (MISSING_DATA) a failure only with --fail-on missing-data, else skipped. A
 * proposal that could not be read is a suite with one test case, {@code input}, in error, whose
 * message names every problem of the file. The report is valid against the schema of Jenkins'
 * xUnit plugin ({@code junit-10.xsd}), which allows a {@code file} on a test suite but neither file
 * nor line on a test case: so a suite names its proposal's file, and the text of a failure, an
 * error or system-out starts with where it points, {@code file:line:column}, as compilers place a
 * message (CI systems and editors make a link of it). No timestamps or durations, so that the same
 * input gives the same bytes. Text from a proposal goes through {@link Escaping#xml} and {@link
 * Escaping#xmlAttribute}: a character that XML 1.0 forbids would make a parser reject the whole
 * report, and a CI system then shows no test at all.
 */
final class JunitRenderer implements ReportRenderer {

  @Override
  public boolean pointsAtLines() {
    return true;
  }

  @Override
  public void render(Report report, RenderOptions options, Writer out) throws IOException {
    Words words = Words.of(options.language());
    Messages messages = words.messages();
    FindingText text = words.text();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      newline(xml, 0);
      xml.writeStartElement("testsuites");
      xml.writeAttribute("name", "cqcheck");
      int tests = 0;
      int failures = 0;
      int errors = 0;
      for (CheckResult r : report.results()) {
        tests += r.verdict() == Verdict.ERROR ? 1 : applicable(r).size();
        failures += (int) applicable(r).stream().filter(f -> failed(f, options)).count();
        errors += r.verdict() == Verdict.ERROR ? 1 : 0;
      }
      xml.writeAttribute("tests", String.valueOf(tests));
      xml.writeAttribute("failures", String.valueOf(failures));
      xml.writeAttribute("errors", String.valueOf(errors));
      for (CheckResult r : report.results()) {
        suite(xml, r, report, options, text, messages);
      }
      newline(xml, 0);
      xml.writeEndElement();
      newline(xml, 0);
      xml.writeEndDocument();
      xml.flush();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write JUnit XML: " + e.getMessage(), e);
    }
  }

  private static List<Finding> applicable(CheckResult r) {
    return r.findings().stream().filter(f -> f.status() != Status.NOT_APPLICABLE).toList();
  }

  private static boolean failed(Finding f, RenderOptions options) {
    Consequence consequence = Consequence.of(f);
    return consequence.blocks() || (options.failOnWarn() && consequence == Consequence.WARNS)
        || (options.failOn().contains(FailOn.INCONCLUSIVE) && consequence == Consequence.UNDECIDED)
        || (options.failOn().contains(FailOn.MISSING_DATA) && f.status() == Status.MISSING_DATA);
  }

  private static void suite(XMLStreamWriter xml, CheckResult r, Report report, RenderOptions options,
      FindingText text, Messages messages) throws XMLStreamException {
    String id = r.proposalId() != null ? r.proposalId() : r.file() + r.location();
    List<Finding> applicable = applicable(r);
    newline(xml, 1);
    xml.writeStartElement("testsuite");
    xml.writeAttribute("name", Escaping.xmlAttribute(id));
    boolean error = r.verdict() == Verdict.ERROR;
    xml.writeAttribute("tests", String.valueOf(error ? 1 : applicable.size()));
    xml.writeAttribute("failures",
        String.valueOf(applicable.stream().filter(f -> failed(f, options)).count()));
    xml.writeAttribute("errors", error ? "1" : "0");
    xml.writeAttribute("skipped",
        String.valueOf(applicable.stream().filter(f -> skipped(f, options)).count()));
    if (!r.file().isEmpty()) {
      xml.writeAttribute("file", Escaping.xmlAttribute(r.file()));
    }
    newline(xml, 2);
    xml.writeStartElement("properties");
    property(xml, "file", r.file());
    if (r.isIndicatorReport()) {
      property(xml, "reportId", r.proposalId());
      if (r.indicatorReport().isPresent()) {
        IndicatorReport indicators = r.indicatorReport().get();
        property(xml, "region", indicators.region().toString());
        property(xml, "year", String.valueOf(indicators.year()));
        property(xml, "span", indicators.span());
      }
      property(xml, "verdict", r.verdict().name());
    } else {
      property(xml, "proposalId", r.proposalId());
      property(xml, "asOf", r.asOf() == null ? null : r.asOf().toString());
      property(xml, "verdict", r.verdict().name());
      // What an INCOMPLETE (or FAIL) proposal must supply, in one line beside its failures.
      List<MissingItem> toSupply = r.toSupply();
      if (!toSupply.isEmpty()) {
        property(xml, "toSupply", messages.toSupply(toSupply));
      }
    }
    property(xml, "ruleSet", report.fingerprint());
    newline(xml, 2);
    xml.writeEndElement();
    if (error) {
      testcase(xml, id, "input");
      xml.writeStartElement("error");
      xml.writeAttribute("type", "ERROR");
      xml.writeAttribute("message", Escaping.xmlAttribute(messages.problems(r.errors())));
      StringBuilder all = new StringBuilder();
      for (InputError e : r.errors()) {
        all.append(place(r.file(), e.line(), e.column())).append(": ")
            .append(e.location().isEmpty() ? "" : e.location() + ": ")
            .append(messages.error(e)).append('\n');
      }
      xml.writeCharacters(Escaping.xml(all.toString()));
      xml.writeEndElement();
      newline(xml, 2);
      xml.writeEndElement();
    }
    for (Finding f : applicable) {
      if (f.rule().isTarget()) {
        targetCase(xml, id, r, f, options, text);
        continue;
      }
      testcase(xml, id, f.ruleId());
      String place = FindingPlace.of(r, f).map(p -> place(r.file(), p.line(), p.column()))
          .orElse(r.file());
      String message = text.message(f);
      String citation = f.rule().document() + " " + f.rule().clause() + " 「" + f.quote() + "」";
      String remedy = text.remedy(r.remedies(f));
      String remedyLine = remedy.isEmpty() ? "" : remedy + "\n";
      if (failed(f, options)) {
        xml.writeStartElement("failure");
        xml.writeAttribute("type", f.status().name());
        xml.writeAttribute("message", Escaping.xmlAttribute(message));
        xml.writeCharacters(
            Escaping.xml(place + ": " + message + "\n" + remedyLine + formula(f) + citation
                + "\n"));
        xml.writeEndElement();
      } else if (f.status() != Status.PASS) {
        xml.writeStartElement("system-out");
        xml.writeCharacters(Escaping.xml(place + ": " + f.status().name() + ": " + message + "\n"
            + remedyLine + formula(f) + citation + "\n"));
        xml.writeEndElement();
      }
      newline(xml, 2);
      xml.writeEndElement();
    }
    newline(xml, 1);
    xml.writeEndElement();
  }

  /**
   * An aggregate target's test case: a failure when it is missed (or, as --fail-on asks, left
   * undecided or without a figure); system-out when its figure cannot decide it; skipped when the
   * report gives no figure for it. Each says where the figure is, the finding, the report's own
   * words for the figure, and the target's horizon, document, clause and quote.
   */
  private static void targetCase(XMLStreamWriter xml, String suite, CheckResult r, Finding f,
      RenderOptions options, FindingText text) throws XMLStreamException {
    testcase(xml, suite, f.ruleId());
    String place = FindingPlace.of(r, f).map(p -> place(r.file(), p.line(), p.column()))
        .orElse(r.file());
    String message = text.message(f);
    String figureQuote = text.figureQuote(f);
    String details = (figureQuote.isEmpty() ? "" : figureQuote + "\n") + text.weight(f) + " · "
        + f.rule().document() + " " + f.rule().clause() + " 「" + f.quote() + "」\n";
    if (failed(f, options)) {
      xml.writeStartElement("failure");
      xml.writeAttribute("type", f.status().name());
      xml.writeAttribute("message", Escaping.xmlAttribute(message));
      xml.writeCharacters(Escaping.xml(place + ": " + message + "\n" + details));
      xml.writeEndElement();
    } else if (skipped(f, options)) {
      xml.writeStartElement("skipped");
      xml.writeAttribute("message", Escaping.xmlAttribute(message));
      xml.writeCharacters(Escaping.xml(place + ": " + message + "\n" + details));
      xml.writeEndElement();
    } else if (f.status() != Status.PASS) {
      xml.writeStartElement("system-out");
      xml.writeCharacters(Escaping.xml(place + ": " + f.status().name() + ": " + message + "\n"
          + details));
      xml.writeEndElement();
    }
    newline(xml, 2);
    xml.writeEndElement();
  }

  /**
   * Whether a finding is a skipped test case: an aggregate target the report gives no figure for
   * (unless --fail-on missing-data makes it a failure). It was not tested, for want of its input:
   * skipped, CI systems count it apart from the passes, where system-out would show it as one.
   */
  private static boolean skipped(Finding f, RenderOptions options) {
    return f.rule().isTarget() && f.status() == Status.MISSING_DATA && !failed(f, options);
  }

  private static String formula(Finding f) {
    return f.metric() == null ? "" : f.metric().formula() + "\n";
  }

  private static void testcase(XMLStreamWriter xml, String suite, String name)
      throws XMLStreamException {
    newline(xml, 2);
    xml.writeStartElement("testcase");
    xml.writeAttribute("classname", Escaping.xmlAttribute("cqcheck." + suite));
    xml.writeAttribute("name", Escaping.xmlAttribute(name));
  }

  /** "file:line:column" (as much of it as is known), where a message points. */
  private static String place(String file, int line, int column) {
    return file + (line <= 0 ? "" : ":" + line + (column <= 0 ? "" : ":" + column));
  }

  private static void property(XMLStreamWriter xml, String name, String value)
      throws XMLStreamException {
    if (value == null) {
      return;
    }
    newline(xml, 3);
    xml.writeEmptyElement("property");
    xml.writeAttribute("name", name);
    xml.writeAttribute("value", Escaping.xmlAttribute(value));
  }

  private static void newline(XMLStreamWriter xml, int depth) throws XMLStreamException {
    xml.writeCharacters("\n" + "  ".repeat(depth));
  }
}
