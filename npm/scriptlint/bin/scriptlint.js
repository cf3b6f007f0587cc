#!/usr/bin/env node
// The `scriptlint` command of the npm package: finds the native binary in the package made for
// this platform (installed by npm as an optional dependency, the way esbuild and Biome ship theirs)
// and runs it with the same arguments, standard streams and exit status.
"use strict";
const { spawnSync } = require("child_process");
const path = require("path");

const platforms = {
  "linux x64": "@scriptlint/linux-x64",
  "linux arm64": "@scriptlint/linux-arm64",
  "darwin arm64": "@scriptlint/darwin-arm64",
  "darwin x64": "@scriptlint/darwin-x64",
};

function fail(message) {
  process.stderr.write("scriptlint: " + message + "\n");
  process.exit(2);
}

const key = process.platform + " " + process.arch;
const name = platforms[key];
if (!name) {
  fail("no scriptlint binary is built for " + key + " (there are: " + Object.keys(platforms).join(", ") +
       "). Build it from source with Swift, or use the Python wheel.");
}
if (process.platform === "linux") {
  const report = process.report && process.report.getReport ? process.report.getReport() : null;
  const glibc = report && report.header ? report.header.glibcVersionRuntime : undefined;
  if (!glibc) {
    fail("the Linux binaries need glibc 2.35 or newer; this system has none (musl, e.g. Alpine). Build from source with Swift.");
  }
}
let binary = process.env.SCRIPTLINT_BINARY;
if (!binary) {
  try {
    binary = require.resolve(name + "/bin/scriptlint");
  } catch (e) {
    fail("the package " + name + " is not installed. npm installs it with scriptlint as an optional " +
         "dependency: reinstall without --omit=optional (or --no-optional), or run: npm install " + name);
  }
}
const result = spawnSync(binary, process.argv.slice(2), { stdio: "inherit" });
if (result.error) {
  fail("cannot run " + binary + ": " + result.error.message);
}
if (result.signal) {
  process.kill(process.pid, result.signal);
}
process.exit(result.status === null ? 2 : result.status);
