package org.cqcheck.internal.cli;

import java.util.function.BooleanSupplier;

/**
 * A command whose report may go to a terminal, where colour may be used. {@link Main} tells it,
 * since only the process knows what its standard output is.
 */
interface TerminalOutput {

  void outputIsTerminal(boolean terminal);

  /**
   * Tells the command how to find out whether standard error is a terminal, for progress: asked
   * only when a run lasts long enough to show it. Unless told, it is not.
   */
  default void errorsAreTerminal(BooleanSupplier terminal) {}
}
