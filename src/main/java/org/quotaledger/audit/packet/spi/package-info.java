/**
 * The audit packet's extension point, apart from the service that assembles it: what a feature implements to put
 * its records in a packet ({@link org.quotaledger.audit.packet.spi.PacketSection}, most often a
 * {@link org.quotaledger.audit.packet.spi.CsvSection}; or a {@link org.quotaledger.audit.packet.spi.PacketPart} for a
 * group of files at a fixed place), and what it is given to do so (the scope, the context, the files, and the way
 * columns and paths are written). It depends on the JDK and {@code web.CsvWriter} only, never on a feature: the
 * features depend on it, and {@code audit.packet} calls their implementations through CDI.
 */
package org.quotaledger.audit.packet.spi;
