/**
 * Starting the agent at login as a per-user service: a systemd user unit on Linux, a launchd agent
 * on macOS, a scheduled task on Windows. The files are generated here; the OS tools only run
 * where they exist.
 */
package io.relaypay.agent.install;
