/**
 * Time: the application's one clock ({@link org.quotaledger.time.AppClock}) and facility-local days. Owns
 * every call to {@code now()}; reads each state's zone from its law ({@code law.StateLaws}).
 */
package org.quotaledger.time;
