/**
 * Results ({@link org.cqcheck.report.Report}, {@link org.cqcheck.report.CheckResult}), the report
 * formats that render them, and {@link org.cqcheck.report.Words}, which says findings and
 * problems in English or Chinese.
 */
package org.cqcheck.report;
