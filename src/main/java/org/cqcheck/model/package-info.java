/**
 * A proposal, immutable, and the registry of its fields ({@link org.cqcheck.model.Field}).
 */
package org.cqcheck.model;
