import path from 'node:path';
import type { NextConfig } from 'next';

const config: NextConfig = {
  // A second build directory (e.g. .next/manual) lets a build run beside a server that is serving `.next`.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  reactStrictMode: true,
  // The workspace libs arrive as their CommonJS dist (package main); the repository root holds the lockfile.
  turbopack: { root: path.resolve(__dirname, '../..') },
  experimental: {
    // Report documents (PDF, Word) pass through the upload action on their way to the API.
    serverActions: { bodySizeLimit: '25mb' },
  },
};

export default config;
