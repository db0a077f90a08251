#!/usr/bin/env bash
# Writes prisma/migrations/<timestamp>_<name>/migration.sql from the difference between the schema
# as of the last commit and the working schema. `prisma migrate dev` needs a shadow database,
# which the offline WebAssembly engine cannot make (shared/notes/prisma-offline.md).
set -euo pipefail
name=${1:?usage: scripts/new-migration.sh <name>}
old=$(mktemp --suffix=.prisma)
if ! git show HEAD:prisma/schema.prisma > "$old" 2>/dev/null; then
  printf 'datasource db {\n  provider = "sqlite"\n  url      = "file:./data/medpromo.db"\n}\n' > "$old"
fi
dir="prisma/migrations/$(date -u +%Y%m%d%H%M%S)_${name}"
mkdir -p "$dir"
npx prisma migrate diff --from-schema-datamodel "$old" --to-schema-datamodel prisma/schema.prisma \
  --script > "$dir/migration.sql"
rm -f "$old"
echo "wrote $dir/migration.sql"
