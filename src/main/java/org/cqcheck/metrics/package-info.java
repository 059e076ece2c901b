/**
 * The figures the rules compare, each with its formula over the fields of the format.
 */
package org.cqcheck.metrics;
