/** A realistic demo registry, loaded on request into an empty database. */
package org.quotaledger.demo;
