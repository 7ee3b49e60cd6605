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
		include: ['src/**/*.spec.ts', 'tests/unit/**/*.spec.ts']
	}
});
