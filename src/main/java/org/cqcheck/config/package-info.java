/**
 * A team's configuration: severity overrides, disabled rules and waivers.
 */
package org.cqcheck.config;
