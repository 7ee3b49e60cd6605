// Build and test configuration. SvelteKit 3 takes its options here (it refuses a svelte.config.js).
import { defineConfig } from 'vitest/config';
import { sveltekit } from '@sveltejs/kit/vite';
import adapter from '@sveltejs/adapter-node';

export default defineConfig({
	plugins: [
		sveltekit({
			adapter: adapter({ out: 'build' })
		})
	],
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['src/**/*.spec.ts', 'tests/unit/**/*.spec.ts'],
					exclude: ['**/*.db.spec.ts']
				}
			},
			{
				extends: true,
				test: {
					name: 'db',
					include: ['src/**/*.db.spec.ts', 'tests/**/*.db.spec.ts'],
					env: { NODE_ENV: 'test' },
					testTimeout: 30_000,
					hookTimeout: 60_000,
					// Files run one after another and share the worker's module state, so tests/helpers/db.ts
					// opens and migrates one database for the whole run (resetDb empties it per test): PGlite
					// and the cluster stay small, and the PGlite tier takes ~15 s instead of ~45 s.
					fileParallelism: false,
					isolate: false
				}
			},
			{
				extends: true,
				test: {
					name: 'browser',
					include: ['tests/browser/**/*.test.ts', 'tests/process/**/*.test.ts', 'tests/isolation/**/*.test.ts'],
					testTimeout: 60_000,
					hookTimeout: 120_000,
					fileParallelism: false
				}
			}
		]
	}
});
