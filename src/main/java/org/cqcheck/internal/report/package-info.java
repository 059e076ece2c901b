/**
 * Internal: the words of reports, behind {@link org.cqcheck.report.Words}. No compatibility
 * promise.
 */
package org.cqcheck.internal.report;
