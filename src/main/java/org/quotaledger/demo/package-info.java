/**
 * A realistic demo registry, loaded on request into an empty database. It calls the features it seeds
 * ({@code facility}, {@code employee}, {@code quota}, {@code delivery}, {@code request}, {@code security}) and what
 * they share ({@code audit}, {@code document}, {@code law}, {@code rules}, {@code time}); nothing calls it.
 */
package org.quotaledger.demo;
