package org.quotaledger.law;

/** What an employee asks for: the written descriptions of their quotas, or their own work speed data. */
public enum RequestKind { DESCRIPTION, WORK_SPEED_DATA }
