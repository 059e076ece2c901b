package org.cqcheck.input;

/** Where something is in an input file: 1-based line and column. */
public record Position(int line, int column) {}
