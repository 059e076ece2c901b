/**
 * Internal: the command line, a thin layer over the library. No compatibility promise.
 */
package org.cqcheck.internal.cli;
