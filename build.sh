#!/usr/bin/env bash
# Bootstrapper for the build suite (build/Build.csproj, a Cake Frosting-style console app).
# Every argument is passed through; the exit code is the build's.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
project="$root/build/Build.csproj"
assembly="$root/build/bin/Debug/net10.0/Build.dll"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# `dotnet run` spends about a second checking whether the project is up to date. When the built
# assembly is newer than every source and project file, run it directly instead.
newer_source() {
  find "$root/build" "$root/Directory.Build.props" "$root/global.json" \
    -path "$root/build/bin" -prune -o -path "$root/build/obj" -prune -o \
    -type f \( -name '*.cs' -o -name '*.csproj' -o -name '*.props' -o -name '*.targets' -o -name '*.json' \) \
    -newer "$assembly" -print -quit
}

if [ -f "$assembly" ] && [ -z "$(newer_source)" ]; then
  exec dotnet "$assembly" "$@"
fi
exec dotnet run --project "$project" -- "$@"
