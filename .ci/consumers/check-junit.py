"""JUnit XML reports as Python's own XML parser (xml.etree, which nobody here wrote) reads them.

Each file must parse; every suite's counts must agree with its test cases (a CI system shows the
counts); no test case may carry file or line (the xUnit plugin's junit-10.xsd refuses them: the
unit tests validate against it); and there must be at least EXPECTED_ERRORS test cases in error
(inputs that could not be read, which must not vanish from the report).
Usage: python3 check-junit.py EXPECTED_ERRORS FILE.xml...
"""
import sys
import xml.etree.ElementTree as ET


def check(path, expected_errors):
    problems = []
    root = ET.parse(path).getroot()
    if root.tag != "testsuites":
        problems.append(f"root element is <{root.tag}>, not <testsuites>")
    suites = root.findall("testsuite")
    cases = errors = failures = 0
    for suite in suites:
        name = suite.get("name")
        tests = suite.findall("testcase")
        suite_failures = sum(len(t.findall("failure")) for t in tests)
        suite_errors = sum(len(t.findall("error")) for t in tests)
        for attribute, actual in (("tests", len(tests)), ("failures", suite_failures),
                                  ("errors", suite_errors)):
            if suite.get(attribute) != str(actual):
                problems.append(f"suite {name!r}: {attribute}={suite.get(attribute)!r},"
                                f" but it has {actual}")
        for t in tests:
            for attribute in ("file", "line"):
                if attribute in t.attrib:
                    problems.append(f"suite {name!r}, case {t.get('name')!r}: has {attribute}=,"
                                    " which junit-10.xsd refuses on a test case")
        cases += len(tests)
        failures += suite_failures
        errors += suite_errors
    for attribute, actual in (("tests", cases), ("failures", failures), ("errors", errors)):
        if root.get(attribute) != str(actual):
            problems.append(f"testsuites: {attribute}={root.get(attribute)!r}, but there are {actual}")
    if errors < expected_errors:
        problems.append(f"{errors} test case(s) in error, expected at least {expected_errors}")
    return f"{len(suites)} suites, {cases} cases, {failures} failures, {errors} errors", problems


def main():
    expected_errors = int(sys.argv[1])
    failed = False
    for path in sys.argv[2:]:
        try:
            summary, problems = check(path, expected_errors)
        except ET.ParseError as e:
            summary, problems = "not well-formed XML", [str(e)]
        print(f"xml.etree {path}: {summary}")
        for problem in problems:
            print(f"  {problem}", file=sys.stderr)
        failed = failed or bool(problems)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
