package org.quotaledger.audit.packet;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The signed manifest against the files actually in the archive: which listed files are changed or missing, which
 * files are there that it does not list. The manifest and its signature are not listed in the manifest itself.
 */
record ManifestDiff(int checked, List<String> changed, List<String> added, List<String> missing, List<String> problems) {

    static ManifestDiff of(JsonNode files, Map<String, PacketVerifier.FileEntry> actual) {
        List<String> changed = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        int checked = 0;
        for (JsonNode f : files) {
            String path = f.path("path").asText("");
            if (!listed.add(path)) {
                problems.add("the manifest lists " + path + " twice");
                continue;
            }
            PacketVerifier.FileEntry found = actual.get(path);
            if (found == null) {
                missing.add(path);
                continue;
            }
            checked++;
            if (!found.sha256().equalsIgnoreCase(f.path("sha256").asText()) || found.size() != f.path("size").asLong(-1)) {
                changed.add(path);
            }
        }
        List<String> added = actual.keySet().stream()
                .filter(p -> !listed.contains(p) && !p.equals(PacketVerifier.MANIFEST) && !p.equals(PacketVerifier.SIGNATURE))
                .toList();
        return new ManifestDiff(checked, changed, added, missing, problems);
    }

    boolean clean() {
        return changed.isEmpty() && added.isEmpty() && missing.isEmpty() && problems.isEmpty();
    }
}
