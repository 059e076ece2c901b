/**
 * The library's entry: {@link org.cqcheck.Checker}. The API is this package and {@code
 * config}, {@code engine} (findings, their evidence, the rule catalogue), {@code input} (input
 * problems and options), {@code metrics}, {@code model} (proposals and their fields) and {@code
 * report} (results, report formats and their words); {@code org.cqcheck.internal} and its
 * subpackages are not API.
 */
package org.cqcheck;
