/**
 * The jar's command line: {@code Main} dispatches the commands that need neither the database nor Quarkus
 * ({@code verify-packet}, to {@code audit.packet.VerifyPacketCommand}) and hands every other start to
 * {@code database.Launcher}. It owns no logic of its own, and nothing calls it: a command lives with its feature.
 */
package org.quotaledger.cli;
