/**
 * Internal: what cqcheck's own packages share (a value made on first use, work started ahead of
 * need). No compatibility promise.
 */
package org.cqcheck.internal;
