/**
 * Internal: the runner of rule case files ({@code cqcheck test}). No compatibility promise.
 */
package org.cqcheck.internal.ruletest;
