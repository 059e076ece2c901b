/**
 * Internal: reading proposal files and configurations (parser, schema, mapper, limits). No
 * compatibility promise.
 */
package org.cqcheck.internal.input;
