package org.cqcheck;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Finding the suites and test cases of a JUnit XML report, for the tests that read one. */
final class JunitXml {

  private JunitXml() {}

  static Document parse(String xml) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  /** The suite named {@code name}; fails when there is none. */
  static Element suite(Document xml, String name) {
    return named(xml.getElementsByTagName("testsuite"), name, "suite");
  }

  /** The test case named {@code name} of {@code suite}; fails when there is none. */
  static Element testcase(Element suite, String name) {
    return named(suite.getElementsByTagName("testcase"), name, "test case");
  }

  private static Element named(NodeList elements, String name, String what) {
    for (int i = 0; i < elements.getLength(); i++) {
      Element e = (Element) elements.item(i);
      if (e.getAttribute("name").equals(name)) {
        return e;
      }
    }
    throw new AssertionError("no " + what + " " + name);
  }
}
