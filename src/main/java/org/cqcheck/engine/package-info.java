/**
 * The rules as data ({@link org.cqcheck.engine.RuleCatalogue}, {@link
 * org.cqcheck.engine.RuleInfo}) and what they find ({@link org.cqcheck.engine.Finding} resting on
 * {@link org.cqcheck.engine.Evidence}); the Drools machinery behind them is package-private, save
 * the few types the DRL and the command line need, each marked "Not part of the API".
 */
package org.cqcheck.engine;
