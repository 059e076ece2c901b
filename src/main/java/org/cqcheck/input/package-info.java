/**
 * What an embedder names about input: the problems found in it, its format, the options it is
 * read with. The readers themselves are in {@code org.cqcheck.internal.input}.
 */
package org.cqcheck.input;
