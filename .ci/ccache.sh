# Sourced by the build scripts: ccache keys on paths relative to the checkout, so a fresh
# clone reuses what an earlier clone compiled (debug info then names the first clone's paths).
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
