package org.cqcheck.cli;

/**
 * A command whose report may go to a terminal, where colour may be used. {@link Main} tells it,
 * since only the process knows what its standard output is.
 */
interface TerminalOutput {

  void outputIsTerminal(boolean terminal);
}
