// The light build of Bottleneck (what @octokit/plugin-throttling loads) has the full build's types.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck';
  export default Bottleneck;
}
