package org.cqcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The schema that Jenkins' xUnit plugin validates JUnit reports against ({@code junit-10.xsd},
 * copied unchanged from jenkinsci/xunit-plugin: see src/test/resources/README.md). The plugin
 * skips a report that is not valid, so a CI system would show none of its test cases.
 */
final class JunitSchema {

  private static final Schema SCHEMA = load();

  private JunitSchema() {}

  /** Fails, listing every violation with its line, unless {@code xml} is valid. */
  static void assertValid(String xml) throws Exception {
    List<String> problems = new ArrayList<>();
    Validator validator = SCHEMA.newValidator();
    validator.setErrorHandler(new ErrorHandler() {
      @Override
      public void warning(SAXParseException e) {}

      @Override
      public void error(SAXParseException e) {
        problems.add("line " + e.getLineNumber() + ": " + e.getMessage());
      }

      @Override
      public void fatalError(SAXParseException e) throws SAXException {
        throw e;
      }
    });
    validator.validate(new StreamSource(new StringReader(xml)));
    assertThat(problems).as("violations of junit-10.xsd").isEmpty();
  }

  private static Schema load() {
    try {
      SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      return factory.newSchema(JunitSchema.class.getResource("/junit-10.xsd"));
    } catch (SAXException e) {
      throw new IllegalStateException("cannot load junit-10.xsd", e);
    }
  }
}
