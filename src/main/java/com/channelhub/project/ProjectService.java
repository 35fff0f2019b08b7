package com.channelhub.project;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.channelhub.api.ApiProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Projects and their API keys. */
@Service
public class ProjectService {

    /** last_used_at is a hint for operators, not an audit log: write it at most once a minute per key. */
    private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

    private final ProjectRepository projects;
    private final ApiKeyRepository apiKeys;
    private final Clock clock;

    public ProjectService(ProjectRepository projects, ApiKeyRepository apiKeys, Clock clock) {
        this.projects = projects;
        this.apiKeys = apiKeys;
        this.clock = clock;
    }

    /** A new project and the plaintext of its first API key, which is shown once and never stored. */
    public record CreatedProject(Project project, ApiKey apiKey, String plaintextKey) {
    }

    @Transactional
    public CreatedProject create(String slug, String name) {
        if (projects.existsBySlug(slug)) {
            throw ApiProblem.conflict("A project with slug '" + slug + "' already exists.");
        }
        Project project = projects.save(new Project(slug, name, clock.instant()));
        IssuedKey issued = issueKey(project, "initial");
        return new CreatedProject(project, issued.apiKey(), issued.plaintext());
    }

    public record IssuedKey(ApiKey apiKey, String plaintext) {
    }

    @Transactional
    public IssuedKey issueKey(Project project, String label) {
        String plaintext = ApiKeyCodec.newKey();
        ApiKey key = apiKeys.save(new ApiKey(project, ApiKeyCodec.hash(plaintext), ApiKeyCodec.displayPrefix(plaintext),
                label, clock.instant()));
        return new IssuedKey(key, plaintext);
    }

    @Transactional(readOnly = true)
    public List<ApiKey> keys(Project project) {
        return apiKeys.findByProjectOrderByCreatedAtAsc(project);
    }

    @Transactional
    public void revokeKey(Project project, java.util.UUID keyId) {
        ApiKey key = apiKeys.findById(keyId).filter(k -> k.getProject().getId().equals(project.getId()))
                .orElseThrow(() -> ApiProblem.notFound("No API key " + keyId + " in project " + project.getSlug() + "."));
        if (!key.isRevoked()) {
            key.revoke(clock.instant());
        }
    }

    /** The project a live API key belongs to, recording its use; empty for unknown or revoked keys. */
    @Transactional
    public Optional<Project> authenticate(String presentedKey) {
        return authenticateKey(presentedKey).map(ApiKey::getProject);
    }

    /** The live API key presented (with its project), recording its use; empty for unknown or revoked keys. */
    @Transactional
    public Optional<ApiKey> authenticateKey(String presentedKey) {
        if (!ApiKeyCodec.looksLikeKey(presentedKey)) {
            return Optional.empty();
        }
        return apiKeys.findByKeyHash(ApiKeyCodec.hash(presentedKey))
                .filter(key -> !key.isRevoked())
                .map(key -> {
                    Instant now = clock.instant();
                    if (key.getLastUsedAt() == null || key.getLastUsedAt().isBefore(now.minus(LAST_USED_RESOLUTION))) {
                        key.markUsed(now);
                    }
                    return key;
                });
    }

    /** Whether an API key still opens its project (not revoked): console sessions end with their key. */
    @Transactional(readOnly = true)
    public boolean isLive(java.util.UUID keyId) {
        return apiKeys.findById(keyId).filter(key -> !key.isRevoked()).isPresent();
    }

    @Transactional(readOnly = true)
    public Optional<Project> findBySlug(String slug) {
        return projects.findBySlug(slug);
    }
}
