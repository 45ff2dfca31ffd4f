package io.relaypay.agent.install;

import java.nio.file.Path;
import java.util.List;

/**
 * A service definition to write, and what to run afterwards to activate it.
 *
 * @param path where the file goes
 * @param content the file
 * @param activate the commands that load it (run only when the tool exists)
 * @param deactivate the commands that unload it, before the file is removed
 */
public record ServiceFile(Path path, String content, List<List<String>> activate, List<List<String>> deactivate) {}
