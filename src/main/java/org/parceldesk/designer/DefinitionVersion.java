package org.parceldesk.designer;

/** One deployed version of a process and how many of its instances are running. */
public record DefinitionVersion(String id, String key, String name, int version, String versionTag,
        String deploymentId, long runningInstances) {
}
