package org.quotaledger.law;

/**
 * What the people in a job role mainly do. Some statutes leave people out by function: N.Y. Lab. Law §780(2)
 * and Oregon exclude drivers and couriers, Minn. Stat. §182.6526 subd. 1(d)(2) people doing solely
 * manufacturing, administrative, sales, accounting, human resources or driving work.
 */
public enum JobFunction {
    WAREHOUSE, DRIVER, COURIER, MANUFACTURING, ADMINISTRATIVE, SALES, ACCOUNTING, HUMAN_RESOURCES
}
