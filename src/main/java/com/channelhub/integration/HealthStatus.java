package com.channelhub.integration;

public enum HealthStatus {
    UNKNOWN, HEALTHY, DEGRADED, UNHEALTHY
}
