// A deck.gl layer for the map's lines (borders, outlines, overlap, selection): one triangle list
// per layer instead of deck.gl's PathLayer instances (see lijn-geometrie.ts for why). Widths and
// sideways shifts are in screen pixels and dashes in line widths, as with PathLayer +
// PathStyleExtension.
import {
	Layer,
	project32,
	type DefaultProps,
	type LayerProps,
	type UpdateParameters
} from '@deck.gl/core';
import { Buffer } from '@luma.gl/core';
import { Model } from '@luma.gl/engine';
import { bouwLijnGeometrie, zelfdeLijnen, type Lijn } from './lijn-geometrie';

const vs = /* glsl */ `\
#version 300 es
#define SHADER_NAME lijnen-laag-vertex-shader
in vec2 punt;
in vec2 richtingIn;
in vec2 richtingUit;
in vec4 eigen;
in vec2 streep;
in vec4 kleur;
out vec4 vKleur;
out float vAfstand;
out vec2 vStreep;
out float vRand;
out float vHalf;

void main(void) {
  vec2 p = project_position(vec3(punt, 0.0), vec3(0.0)).xy;
  // The segments' directions come with the vertex (lijn-geometrie.ts): Mercator keeps angles and
  // the map never turns, so they hold on screen.
  vec2 uit = richtingUit;
  vec2 in_ = richtingIn;
  vec2 nIn = vec2(-in_.y, in_.x);
  vec2 nUit = vec2(-uit.y, uit.x);
  vec2 som = nIn + nUit;
  vec2 hoek = length(som) < 0.001 ? nUit : normalize(som);
  // Mitre: both segments meet on the bisector; limited to twice the width at sharp corners.
  float mitre = 1.0 / max(dot(hoek, nUit), 0.5);
  float breedte = eigen.z;
  // Edges are smoothed in the fragment shader, not by multisampling (which doubled the cost of a
  // frame in software WebGL): the quad is half a device pixel wider on each side, and the
  // distance from the line's centre runs across it.
  float rand = 0.5 / project.devicePixelRatio;
  float half_ = 0.5 * breedte + rand;
  float zijPixels = eigen.w * breedte + eigen.x * half_;
  // In device pixels, for the fragment shader.
  vHalf = half_ * project.devicePixelRatio;
  vRand = eigen.x * vHalf;
  vec2 verplaatsing = hoek * mitre * zijPixels;
  gl_Position = project_common_position_to_clipspace(vec4(p + project_pixel_size(verplaatsing), 0.0, 1.0));
  // Distance along the segment, corrected for the mitre's shift along it, so that dash ends are
  // square to the segment. Vertices 0 and 1 of each quad are its start, 2 and 3 its end.
  vec2 segment = gl_VertexID % 4 < 2 ? uit : in_;
  vAfstand = (eigen.y * project.scale + dot(verplaatsing, segment)) / breedte;
  vStreep = streep;
  vKleur = vec4(kleur.rgb, kleur.a * layer.opacity);
}
`;

const fs = /* glsl */ `\
#version 300 es
#define SHADER_NAME lijnen-laag-fragment-shader
precision highp float;
in vec4 vKleur;
in float vAfstand;
in vec2 vStreep;
in float vRand;
in float vHalf;
out vec4 fragColor;

void main(void) {
  if (vStreep.y > 0.0 && mod(vAfstand, vStreep.x + vStreep.y) > vStreep.x) discard;
  // Coverage of the pixel by the line: 1 inside, falling to 0 over the last device pixel.
  float dekking = clamp(vHalf - abs(vRand), 0.0, 1.0);
  if (dekking <= 0.0) discard;
  fragColor = vec4(vKleur.rgb, vKleur.a * dekking);
}
`;

export type LijnenLaagProps = LayerProps & { data: readonly Lijn[] };

const defaultProps: DefaultProps<LijnenLaagProps> = {
	data: { type: 'data', value: [] },
	pickable: false
};

interface LijnenState {
	model?: Model;
	buffers: Buffer[];
	[key: string]: unknown;
}

export class LijnenLaag extends Layer<LijnenLaagProps> {
	static layerName = 'LijnenLaag';
	static defaultProps = defaultProps;
	declare state: LijnenState;

	initializeState(): void {
		this.state = { buffers: [] };
	}

	updateState({ props, oldProps, changeFlags }: UpdateParameters<this>): void {
		if (this.state.model && (!changeFlags.dataChanged || zelfdeLijnen(props.data, oldProps.data)))
			return;
		const device = this.context.device;
		const g = bouwLijnGeometrie(this.props.data);
		for (const b of this.state.buffers) b.destroy();
		const buffers = {
			punt: device.createBuffer({ data: g.punt }),
			richtingIn: device.createBuffer({ data: g.richtingIn }),
			richtingUit: device.createBuffer({ data: g.richtingUit }),
			eigen: device.createBuffer({ data: g.eigen }),
			streep: device.createBuffer({ data: g.streep }),
			kleur: device.createBuffer({ data: g.kleur })
		};
		const indices = device.createBuffer({ usage: Buffer.INDEX, data: g.indices });
		const model =
			this.state.model ??
			new Model(device, {
				...this.getShaders({ vs, fs, modules: [project32] }),
				id: this.props.id,
				topology: 'triangle-list',
				bufferLayout: [
					{ name: 'punt', format: 'float32x2' },
					{ name: 'richtingIn', format: 'float32x2' },
					{ name: 'richtingUit', format: 'float32x2' },
					{ name: 'eigen', format: 'float32x4' },
					{ name: 'streep', format: 'float32x2' },
					{ name: 'kleur', format: 'unorm8x4' }
				]
			});
		model.setAttributes(buffers);
		model.setIndexBuffer(indices);
		model.setVertexCount(g.indices.length);
		this.setState({ model, buffers: [...Object.values(buffers), indices] });
	}

	draw(): void {
		const { model } = this.state;
		if (model && model.vertexCount > 0) model.draw(this.context.renderPass);
	}

	finalizeState(context: Parameters<Layer['finalizeState']>[0]): void {
		super.finalizeState(context);
		for (const b of this.state.buffers) b.destroy();
	}
}
