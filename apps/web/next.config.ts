import path from 'node:path';
import type { NextConfig } from 'next';

const config: NextConfig = {
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
