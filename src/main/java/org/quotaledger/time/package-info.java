/**
 * Time: the application's one clock ({@link org.quotaledger.time.AppClock}) and facility-local days. Owns
 * every call to {@code now()}; depends only on the state-zone table.
 */
package org.quotaledger.time;
