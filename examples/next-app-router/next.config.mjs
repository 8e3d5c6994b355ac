/** @type {import('next').NextConfig} */
const nextConfig = {
  // `next dev` would otherwise write AGENTS.md into the example.
  agentRules: false,
};

export default nextConfig;
